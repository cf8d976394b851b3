package dev.briefs.local.invoke;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HandlerSignatureTest {

    abstract static class Base implements RequestHandler<String, List<Integer>> {
    }

    static final class Inherited extends Base {
        @Override
        public List<Integer> handleRequest(String input, Context context) {
            return List.of();
        }
    }

    @Test
    void theTypesComeFromTheRequestHandlerInterfaceWhereverItIsImplemented() throws NoSuchMethodException {
        HandlerSignature signature = HandlerSignature.of(Inherited.class);
        assertEquals(String.class, signature.input());
        assertEquals(Inherited.class.getMethod("handleRequest", String.class, Context.class).getGenericReturnType(),
                signature.output());
    }

    @Test
    void aClassThatIsNoRequestHandlerIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> HandlerSignature.of(String.class));
    }
}
