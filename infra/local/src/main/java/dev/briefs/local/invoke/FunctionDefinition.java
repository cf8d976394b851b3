package dev.briefs.local.invoke;

import java.util.List;
import java.util.Map;

/**
 * One {@code AWS::Serverless::Function} of the template, with its Globals applied and its values resolved as far as
 * they can be locally.
 *
 * @param logicalId      the resource's logical id, e.g. SummarizeFunction
 * @param handler        {@code class::method}
 * @param runtime        e.g. java21
 * @param memorySizeMb   the memory size (Lambda's default, 128, when absent)
 * @param timeoutSeconds the time limit (Lambda's default, 3, when absent)
 * @param environment    the environment variables the template declares; blank where a value is only known in AWS
 * @param events         the triggers
 * @param layers         the logical ids of the template's layers the function uses, in order
 */
public record FunctionDefinition(String logicalId, String handler, String runtime, int memorySizeMb,
                                 int timeoutSeconds, Map<String, String> environment, List<EventSource> events,
                                 List<String> layers) {

    /**
     * One entry of the function's {@code Events}.
     *
     * @param name       the event's name in the template
     * @param type       e.g. S3, HttpApi
     * @param properties its properties, unresolved
     */
    public record EventSource(String name, String type, Map<String, Object> properties) {
    }

    /** The handler class's binary name. */
    public String handlerClass() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    /** The handler method; Lambda's Java runtime calls handleRequest when none is named. */
    public String handlerMethod() {
        int separator = handler.indexOf("::");
        return separator < 0 ? "handleRequest" : handler.substring(separator + 2);
    }
}
