package io.livechat.platform.cluster;

/**
 * What another node of the cluster relayed, fired once on this node as a CDI event (never on the
 * node that shared it).
 *
 * @param channel who it is for, as {@link ClusterRelay#share} named it
 * @param text    the text shared
 */
public record Relayed(String channel, String text) {
}
