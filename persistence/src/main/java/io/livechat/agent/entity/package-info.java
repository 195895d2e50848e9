/** The people who use the consoles and the API: admins, managers and agents, with their presence. */
package io.livechat.agent.entity;
