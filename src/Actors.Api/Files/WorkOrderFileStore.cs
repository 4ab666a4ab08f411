using System.Security.Cryptography;
using Actors.Domain;
using Microsoft.Extensions.Configuration;

namespace Actors.Api.Files;

/// <summary>A stored upload: what the work order keeps of it.</summary>
public sealed record StoredFile(string FileId, string ContentType, long Size, string Sha256);

/// <summary>
/// Work-order photos and signatures on disk. The name is made here (a random id and the extension of the sniffed type),
/// never taken from the client, so nothing the client sends reaches a path; the type is the one the first bytes prove
/// (JPEG or PNG), not the one the client claims; the size is checked while reading, so an oversized body is never held.
/// </summary>
public sealed class WorkOrderFileStore
{
    /// <summary>Configuration key of the directory (needed in cluster mode: a directory every silo shares).</summary>
    public const string DirectoryKey = "WorkOrders:FilesDirectory";
    public const string MaxBytesKey = "WorkOrders:MaxFileBytes";
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public WorkOrderFileStore(string directory, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        Directory = System.IO.Path.GetFullPath(directory);
        MaxBytes = maxBytes;
    }

    /// <summary>"WorkOrders:FilesDirectory", else "work-order-files" under the data directory ("Grid:DataDirectory").</summary>
    public static WorkOrderFileStore FromConfiguration(IConfiguration configuration) => new(
        configuration[DirectoryKey] is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(configuration["Grid:DataDirectory"] is { Length: > 0 } data ? data : "data", "work-order-files"),
        configuration.GetValue(MaxBytesKey, DefaultMaxBytes));

    public string Directory { get; }
    public long MaxBytes { get; }

    public Words TooLarge => new($"must be at most {MaxBytes} bytes", $"最多 {MaxBytes} 字节");

    /// <summary>Stores the upload, or answers why not (the message for the 400 on field "file").</summary>
    public async Task<(StoredFile? File, Words? Problem)> SaveAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge);
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return (null, new("is empty", "是空文件"));
        }
        var bytes = buffer.ToArray();
        var (contentType, extension) = bytes.AsSpan().StartsWith(Jpeg) ? ("image/jpeg", ".jpg")
            : bytes.AsSpan().StartsWith(Png) ? ("image/png", ".png")
            : (null, null);
        if (contentType is null)
        {
            return (null, new("must be a JPEG or PNG image", "必须是 JPEG 或 PNG 图片"));
        }
        var id = Guid.NewGuid().ToString("N") + extension;
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(id)!;
        await File.WriteAllBytesAsync(path + ".part", bytes, ct);
        File.Move(path + ".part", path);
        return (new StoredFile(id, contentType, buffer.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
    }

    /// <summary>The stored bytes, or null for an id this store could not have made.</summary>
    public Stream? Open(string fileId) => PathOf(fileId) is { } path && File.Exists(path) ? File.OpenRead(path) : null;

    /// <summary>Removes an upload the work order refused.</summary>
    public void Delete(string fileId)
    {
        if (PathOf(fileId) is { } path)
        {
            File.Delete(path);
        }
    }

    /// <summary>Only names of the form this store makes (32 hex digits and .jpg/.png) map to a path.</summary>
    private string? PathOf(string fileId) =>
        fileId.Length == 36 && fileId[..32].All(Uri.IsHexDigit) && fileId[32..] is ".jpg" or ".png"
            ? System.IO.Path.Combine(Directory, fileId)
            : null;
}
