using System.Net;
using System.Net.Sockets;

namespace TipLine.Bench.Intake;

/// <summary>A loopback port nobody listens on right now, for the next server the script starts.</summary>
public static class LoopbackPort
{
    public static int FindFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
