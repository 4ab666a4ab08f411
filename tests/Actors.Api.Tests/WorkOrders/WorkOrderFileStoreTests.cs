using System.Security.Cryptography;
using Actors.Api.Files;
using Microsoft.Extensions.Configuration;

namespace Actors.Api.Tests.WorkOrders;

/// <summary>
/// The store behind POST /api/work-orders/{id}/files: size and type are proven from the bytes, names are made here.
/// (Checked at the HTTP level too once sign-in lands: the endpoint needs a signed-in assignee.)
/// </summary>
public sealed class WorkOrderFileStoreTests : IDisposable
{
    private static readonly byte[] JpegHeader = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "branchgrid-files-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static byte[] Image(byte[] header, int size) => [.. header, .. Enumerable.Repeat((byte)7, size - header.Length)];

    [Theory]
    [InlineData("jpeg", "image/jpeg", ".jpg")]
    [InlineData("png", "image/png", ".png")]
    public async Task A_jpeg_or_png_is_stored_under_a_name_made_by_the_server_with_its_size_and_hash(string kind, string contentType, string extension)
    {
        var store = new WorkOrderFileStore(_directory, 1024);
        var bytes = Image(kind == "jpeg" ? JpegHeader : PngHeader, 1024);

        var (file, problem) = await store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal(contentType, file!.ContentType);
        Assert.Equal(1024, file.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        Assert.Matches($"^[0-9a-f]{{32}}\\{extension}$", file.FileId);
        Assert.Equal([Path.Combine(_directory, file.FileId)], Directory.GetFiles(_directory));
        using var stored = store.Open(file.FileId)!;
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_file_one_byte_over_the_limit_is_refused_and_nothing_is_written()
    {
        var store = new WorkOrderFileStore(_directory, 1024);
        var (file, problem) = await store.SaveAsync(new MemoryStream(Image(JpegHeader, 1025)), CancellationToken.None);
        Assert.Null(file);
        Assert.Equal("must be at most 1024 bytes", problem?.En);
        Assert.False(Directory.Exists(_directory) && Directory.EnumerateFiles(_directory).Any());
    }

    [Theory]
    [InlineData("GIF89a-not-allowed")]
    [InlineData("<html><script>alert(1)</script></html>")] // an HTML page named photo.jpg
    [InlineData("")]
    public async Task Anything_but_a_jpeg_or_png_is_refused_whatever_it_claims(string content)
    {
        var store = new WorkOrderFileStore(_directory, 1024);
        var (file, problem) = await store.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), CancellationToken.None);
        Assert.Null(file);
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789abcdef0123456789abcdef.html")]
    [InlineData("..%2f0123456789abcdef0123456789abcd.jpg")]
    public void Only_names_the_store_makes_are_opened(string fileId) =>
        Assert.Null(new WorkOrderFileStore(_directory, 1024).Open(fileId));

    [Fact]
    public void Files_live_under_the_data_directory_unless_a_directory_is_configured_and_the_limit_is_5_MB_by_default()
    {
        var data = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Grid:DataDirectory"] = _directory }).Build();
        var store = WorkOrderFileStore.FromConfiguration(data);
        Assert.Equal(Path.Combine(_directory, "work-order-files"), store.Directory);
        Assert.Equal(5 * 1024 * 1024, store.MaxBytes);

        var shared = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grid:DataDirectory"] = _directory,
            [WorkOrderFileStore.DirectoryKey] = Path.Combine(_directory, "shared"),
            [WorkOrderFileStore.MaxBytesKey] = "2048",
        }).Build();
        Assert.Equal(Path.Combine(_directory, "shared"), WorkOrderFileStore.FromConfiguration(shared).Directory);
        Assert.Equal(2048, WorkOrderFileStore.FromConfiguration(shared).MaxBytes);
    }
}
