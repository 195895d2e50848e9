/** How the workflow runs: its validation, its step logic, the built-in default flow and the runner. */
package io.livechat.flow.control;
