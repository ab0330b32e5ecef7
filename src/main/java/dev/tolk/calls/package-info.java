/**
 * How the model calls of one article are made, shared by translations and summaries: {@link dev.tolk.calls.ChunkFanOut}
 * runs an article's chunks in parallel (bounded), and {@link dev.tolk.calls.CheckedCall} asks the gateway, checks the
 * reply with the pure checks of {@code dev.tolk.fidelity}, re-asks once with the problems named and keeps the better
 * reply. Orchestration, not checking: the checks themselves stay pure.
 */
package dev.tolk.calls;
