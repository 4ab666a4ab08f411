using System.Net;
using System.Net.Sockets;

namespace Actors.Cluster.Tests.Support;

public static class FreePorts
{
    public static int One() => Many(1)[0];

    /// <summary>Distinct free loopback ports: all are held open together while the OS picks them.</summary>
    public static IReadOnlyList<int> Many(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
