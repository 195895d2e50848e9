/**
 * The application's health checks ({@code HealthChecks}, the one place that decides them) and how
 * they are served: MicroProfile Health on Payara, {@code HealthServlet} at the same {@code /health}
 * URLs on servers without it on the application's port (WildFly).
 */
package io.livechat.platform.health;
