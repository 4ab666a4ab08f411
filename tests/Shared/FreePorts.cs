using System.Net;
using System.Net.Sockets;

namespace Actors.Testing;

/// <summary>Free loopback ports for the servers the tests and benchmarks start (linked into each project that needs them).</summary>
public static class FreePorts
{
    public static int One() => Many(1)[0];

    /// <summary>An HTTP, a silo and a gateway port.</summary>
    public static (int Http, int Silo, int Gateway) Three()
    {
        var ports = Many(3);
        return (ports[0], ports[1], ports[2]);
    }

    /// <summary>Distinct free loopback ports: all are held open together while the OS picks them.</summary>
    public static IReadOnlyList<int> Many(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
