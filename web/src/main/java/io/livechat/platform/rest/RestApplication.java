package io.livechat.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1. Every resource below needs a bearer token but the token endpoint; its
 * contract is META-INF/openapi.yaml, served at /openapi.
 */
@ApplicationPath("api/v1")
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
public class RestApplication extends Application {
}
