package dev.briefs.local.proxy;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.net.URI;

/** Where a deployed stack's API is: its {@value #OUTPUT} output, read with CloudFormation's DescribeStacks. */
public final class StackApi {

    static final String OUTPUT = "ApiUrl";

    private StackApi() {
    }

    /**
     * @throws IllegalStateException when the stack does not exist or has no {@value #OUTPUT} output
     */
    public static URI url(CloudFormationClient cloudFormation, String stackName) {
        Stack stack;
        try {
            stack = cloudFormation.describeStacks(r -> r.stackName(stackName)).stacks().stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("No stack named " + stackName));
        } catch (CloudFormationException e) {
            throw new IllegalStateException("Cannot read stack " + stackName + ": "
                    + e.awsErrorDetails().errorMessage(), e);
        }
        return stack.outputs().stream().filter(output -> OUTPUT.equals(output.outputKey())).map(Output::outputValue)
                .findFirst().map(URI::create)
                .orElseThrow(() -> new IllegalStateException("Stack " + stackName + " has no " + OUTPUT
                        + " output: is it a briefs stack (template.yaml)?"));
    }
}
