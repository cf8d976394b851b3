# Builds the functions for `sam build`. SAM cannot build a Maven multi-module project itself, so every function in
# template.yaml has `Metadata: BuildMethod: makefile` and `CodeUri: .`: sam build runs `make build-<LogicalId>` in (a
# copy of) this directory with ARTIFACTS_DIR set, and zips what the target leaves there. A function's artifact is its
# shaded jar under lib/, which the Lambda Java runtime puts on the class path. A layer (PdfParsingLayer) is built the
# same way: `make build-<LogicalId>`, its jars under java/lib/.
#
# JDK 21 or newer is needed: JAVA_HOME when it names one, else the newest JDK under /usr/lib/jvm (as ./briefs picks).

JAVA_HOME := $(shell for jdk in "$$JAVA_HOME" $$(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -Vr); do \
    release=$$("$$jdk/bin/java" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9]*\).*/\1/p'); \
    if [ "$${release:-0}" -ge 21 ]; then echo "$${jdk%/}"; break; fi; done)
export JAVA_HOME

MAVEN := ./mvnw -q -B -DskipTests

.PHONY: build-SummarizeFunction build-SweepFunction build-BriefsApiFunction build-PdfParsingLayer

build-SummarizeFunction: package-summarize
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/summarize/target/briefs-summarize-lambda.jar "$(ARTIFACTS_DIR)/lib/"

# The sweeper's handler lives in the summarize function's jar.
build-SweepFunction: build-SummarizeFunction

# The layer's jars go under java/lib/, which Lambda's Java runtime adds to the class path.
build-PdfParsingLayer: package-summarize
	mkdir -p "$(ARTIFACTS_DIR)/java/lib"
	cp functions/summarize/target/layers/PdfParsingLayer/java/lib/*.jar "$(ARTIFACTS_DIR)/java/lib/"

build-BriefsApiFunction: package-briefs-api
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/briefs-api/target/briefs-api-lambda.jar "$(ARTIFACTS_DIR)/lib/"

# Packages one function module and the modules it depends on.
package-%:
	@test -n "$(JAVA_HOME)" || { echo "make: no JDK 21 or newer found; set JAVA_HOME" >&2; exit 1; }
	$(MAVEN) package -pl functions/$* -am
