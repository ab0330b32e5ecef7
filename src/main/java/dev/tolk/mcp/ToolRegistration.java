package dev.tolk.mcp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.tolk.llm.PromptTemplates;
import dev.tolk.mcp.ToolArguments.Article;
import io.quarkiverse.mcp.server.ToolManager;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.runtime.StartupEvent;

/**
 * Registers tolk's tools with the MCP server at start-up. Programmatic rather than {@code @Tool} annotations because a
 * tool's description and its arguments' descriptions are prompts (a model reads them to decide when and how to call
 * the tool), and prompts live only in {@code prompts/}, overridable from {@code tolk.prompts.dir}; an annotation can
 * only hold a constant. Read once, like every prompt: a changed ConfigMap takes effect on the next rollout.
 */
@ApplicationScoped
class ToolRegistration {

    private final ToolManager tools;
    private final PromptTemplates prompts;
    private final RawArguments raw;
    private final ArticleTools handlers;

    ToolRegistration(ToolManager tools, PromptTemplates prompts, RawArguments raw, ArticleTools handlers) {
        this.tools = tools;
        this.prompts = prompts;
        this.raw = raw;
        this.handlers = handlers;
    }

    void register(@Observes StartupEvent started) {
        for (ArticleTool tool : ArticleTool.values()) {
            ToolManager.ToolDefinition definition = tools.newTool(tool.toolName)
                    .setTitle(tool.title)
                    .setDescription(prompts.text(tool.promptFile()))
                    .setAnnotations(new ToolManager.ToolAnnotations(tool.annotationTitle, true, false, true, false))
                    .generateOutputSchema(tool.output);
            for (ArticleArg arg : tool.args) {
                definition.addArgument(arg.argName, prompts.text(arg.promptFile()), arg.required, arg.type);
            }
            // On a virtual thread: a call blocks for seconds on model calls.
            definition.setHandler(args -> call(tool, args), true).register();
        }
    }

    private ToolResponse call(ArticleTool tool, ToolManager.ToolArguments args) {
        Article asked;
        try {
            asked = raw.read(tool.args, args.args());
        } catch (RawArguments.Refused e) {
            return ToolResponse.error(e.getMessage());
        }
        return switch (tool) {
            case TRANSLATE -> handlers.translateArticle(asked, args.progress());
            case SUMMARIZE -> handlers.summarizeArticle(asked, args.progress());
            case DIGEST -> handlers.digestArticle(asked, args.progress());
        };
    }
}
