/** Who is calling, password checks and presence of the people who use Live Chat. */
package io.livechat.agent.boundary;
