using System.Text;
using Actors.Storage;
using Orleans;
using Orleans.Runtime;

namespace Actors.Hosting.Storage;

/// <summary>
/// The identity of a grain-state row exactly as Orleans' ADO.NET grain storage (10.x) computes it, so that stores it wrote
/// open unchanged: the state name as the type, a guid, integer or string key split as it splits them, and its hashes.
/// </summary>
public static class StateKeys
{
    public static StateKey For(string stateName, GrainId grainId)
    {
        byte[] hashed;
        long n0 = 0, n1 = 0;
        string? extension;
        if (grainId.TryGetGuidKey(out var guid, out extension))
        {
            var bytes = guid.ToByteArray();
            (n0, n1) = (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8));
            hashed = WithExtension(bytes, extension);
        }
        else if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            n1 = integer;
            hashed = WithExtension(BitConverter.GetBytes(integer), extension);
        }
        else
        {
            // A plain string key is the row's "extension", with both numeric parts zero.
            extension = grainId.Key.ToString();
            hashed = Encoding.UTF8.GetBytes(extension!);
        }
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(hashed);
        }
        return new StateKey((int)StableHash.ComputeHash(hashed), n0, n1, (int)StableHash.ComputeHash(Encoding.UTF8.GetBytes(stateName)), stateName, extension);
    }

    private static byte[] WithExtension(byte[] key, string? extension) =>
        extension is null ? key : [.. key, .. Encoding.UTF8.GetBytes(extension)];
}
