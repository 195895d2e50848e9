/**
 * The cluster relay: what one node pushes to sockets, every other node pushes to the sockets it
 * holds. {@link io.livechat.platform.cluster.ClusterRelay} is the one way in and out; its transport
 * is chosen by {@code livechat.cluster.relay}: Payara's clustered CDI events (Payara Micro and
 * Server), a Jakarta Messaging topic (WildFly's Artemis, Payara Server's broker), or none.
 */
package io.livechat.platform.cluster;
