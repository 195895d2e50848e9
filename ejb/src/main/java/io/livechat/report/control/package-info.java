/**
 * How the handover report reads: aggregate SQL over the report facts the handover transitions keep
 * (V39-V41), histograms of whole seconds from which the exact percentiles follow
 * ({@link io.livechat.report.control.Histogram}), and the presence history for time online.
 */
package io.livechat.report.control;
