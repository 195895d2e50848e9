package io.livechat.bench;

import io.livechat.bench.report.Report;
import io.livechat.bench.support.Api;
import io.livechat.bench.support.Db;
import io.livechat.bench.support.ServerJvm;
import io.livechat.bench.support.ServerLog;
import io.livechat.bench.support.Wrk;

/**
 * What every measurement works with: the options, the server's API and database, its log and
 * process when the harness started it (null otherwise), wrk, the table, and the baselines
 * measured earlier in the same run. {@code runId} makes this run's rows and ids unique, so runs
 * against the same server never mix.
 */
public record Context(Options options, String runId, Api api, Db db, ServerLog log, ServerJvm jvm, Wrk wrk,
                      Report report, Baselines baselines) {
}
