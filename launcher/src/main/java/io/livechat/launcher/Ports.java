package io.livechat.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks ports before starting anything, so a busy port fails with the setting to change. */
final class Ports {

    private Ports() {
    }

    // Without this, a server already on the HTTP port would answer the readiness checks.
    static void requireFree(String address, int port, String setting) throws LaunchException {
        try {
            new ServerSocket(port, 1, InetAddress.getByName(address)).close();
        } catch (IOException e) {
            throw new LaunchException("Port " + port + " on " + address + " is not available (" + e.getMessage()
                    + "); choose another with " + setting);
        }
    }
}
