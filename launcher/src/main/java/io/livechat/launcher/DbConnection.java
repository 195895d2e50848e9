package io.livechat.launcher;

/** How the application reaches its database. */
record DbConnection(String url, String user, String password) {

    @Override
    public String toString() {
        // Records print every component; the password must not end up in a log.
        return "DbConnection[url=" + url + ", user=" + user + "]";
    }
}
