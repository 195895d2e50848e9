/**
 * The benchmark harness of issue 9: {@link io.livechat.bench.Bench} runs the measurements against a
 * server (started by bench/run, or named with --url) and prints one table. Not part of the product
 * and not part of its test command.
 */
package io.livechat.bench;
