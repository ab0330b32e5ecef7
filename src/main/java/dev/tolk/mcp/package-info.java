/**
 * The MCP way in: chat tools and agents (Claude Desktop, VS Code, the MCP Inspector, the MCP SDKs) call tolk's tools
 * {@code translate_article}, {@code summarize_article} and {@code digest_article} at {@code /mcp} (Streamable HTTP)
 * or {@code /mcp/sse} (the older SSE transport), served by quarkus-mcp-server. A thin adapter over
 * {@link dev.tolk.pipeline.Pipeline}: {@link dev.tolk.mcp.ToolRegistration} registers the tools at start-up with their
 * descriptions from {@code prompts/} (they are prompts), {@link dev.tolk.mcp.ArticleTools} checks the arguments and
 * calls the pipeline; results carry readable text and the {@code /v1} JSON as structured content; failures are tool
 * errors made from {@link dev.tolk.web.Problems}, never protocol errors; a client's progress token gets progress
 * notifications.
 */
package dev.tolk.mcp;
