package dev.briefs.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The event and response types of a {@code RequestHandler}, read from its type arguments as the Lambda Java runtime
 * reads them to pick its serialisers.
 *
 * @param input  the event type, e.g. S3Event
 * @param output the response type
 */
public record HandlerSignature(Type input, Type output) {

    public static HandlerSignature of(Class<?> handler) {
        for (Class<?> type = handler; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    Type[] arguments = parameterized.getActualTypeArguments();
                    return new HandlerSignature(arguments[0], arguments[1]);
                }
            }
        }
        throw new IllegalArgumentException(handler.getName()
                + " does not implement RequestHandler<EVENT, RESPONSE> with concrete types");
    }
}
