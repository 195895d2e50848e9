/** The administration page of the people who sign in: create, role, password, disable. */
package io.livechat.agent.view;
