/**
 * The {@code /v1} ways in: JSON and Server-Sent Events over the same requests. Each resource only validates, builds
 * the {@link dev.tolk.task.ArticleTask} its request asks for and calls {@link dev.tolk.pipeline.Pipeline}; errors
 * become problem documents in {@code dev.tolk.web}.
 */
package dev.tolk.rest;
