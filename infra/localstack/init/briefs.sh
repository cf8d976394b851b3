#!/usr/bin/env bash
# Creates the briefs resources in LocalStack, as template.yaml does in AWS: the articles bucket, the derived-data
# bucket (parsed articles), the briefs table
# (briefs-table.json) and the summarize function's dead-letter queue; and, when the function jars are mounted under
# /opt/briefs (compose.yaml does it), both functions, the summarize function's retries and on-failure destination,
# and the bucket's notifications for every article suffix. LocalStack runs it when it is ready (init/ready.d); running
# it again changes nothing but the functions' code.
set -euo pipefail

BUCKET="${BRIEFS_BUCKET:-briefs-articles}"
DERIVED_BUCKET="${BRIEFS_DERIVED_BUCKET:-briefs-derived}"
TABLE="${BRIEFS_TABLE:-briefs}"
QUEUE="${BRIEFS_DEAD_LETTER_QUEUE:-briefs-summarize-dead-letter}"
JARS="${BRIEFS_JARS:-/opt/briefs}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The suffixes the article parser reads, one notification each, as in template.yaml (a test keeps them in step).
SUFFIXES=(.txt .text .md .markdown .html .htm .xhtml .pdf)

for bucket in "$BUCKET" "$DERIVED_BUCKET"; do
  awslocal s3api head-bucket --bucket "$bucket" 2>/dev/null \
    || awslocal s3api create-bucket --bucket "$bucket" >/dev/null
done
awslocal dynamodb describe-table --table-name "$TABLE" >/dev/null 2>&1 \
  || awslocal dynamodb create-table --table-name "$TABLE" --cli-input-json "file://$HERE/briefs-table.json" >/dev/null
queue_url="$(awslocal sqs create-queue --queue-name "$QUEUE" --query QueueUrl --output text)"
queue_arn="$(awslocal sqs get-queue-attributes --queue-url "$queue_url" --attribute-names QueueArn \
  --query Attributes.QueueArn --output text)"
echo "briefs: buckets $BUCKET and $DERIVED_BUCKET, table $TABLE, dead-letter queue $QUEUE"

summarize_jar="$JARS/summarize/briefs-summarize-lambda.jar"
api_jar="$JARS/briefs-api/briefs-api-lambda.jar"
if [ ! -f "$summarize_jar" ] || [ ! -f "$api_jar" ]; then
  echo "briefs: no function jars under $JARS; build them (./mvnw -DskipTests package) to deploy the functions too"
  exit 0
fi

# deploy NAME HANDLER JAR TIMEOUT VARIABLES: creates the function, or updates its code.
# LocalStack hands each function AWS_ENDPOINT_URL, so the code reaches LocalStack's S3 and DynamoDB.
deploy() {
  if awslocal lambda get-function --function-name "$1" >/dev/null 2>&1; then
    awslocal lambda update-function-code --function-name "$1" --zip-file "fileb://$3" >/dev/null
  else
    awslocal lambda create-function --function-name "$1" --runtime java21 --handler "$2" --memory-size 1024 \
      --timeout "$4" --role arn:aws:iam::000000000000:role/briefs --zip-file "fileb://$3" \
      --environment "Variables={$5}" >/dev/null
  fi
  awslocal lambda wait function-active-v2 --function-name "$1"
}

deploy briefs-summarize dev.briefs.functions.summarize.SummarizeHandler::handleRequest "$summarize_jar" 300 \
  "BRIEFS_TABLE=$TABLE,BRIEFS_DERIVED_BUCKET=$DERIVED_BUCKET,BRIEFS_LEASE_SECONDS=300"
deploy briefs-api dev.briefs.functions.api.BriefsApiHandler::handleRequest "$api_jar" 10 \
  "BRIEFS_TABLE=$TABLE,BRIEFS_DERIVED_BUCKET=$DERIVED_BUCKET,BRIEFS_CURSOR_KEY=localstack-cursor-key-not-a-secret"

awslocal lambda put-function-event-invoke-config --function-name briefs-summarize --maximum-retry-attempts 2 \
  --maximum-event-age-in-seconds 21600 \
  --destination-config "{\"OnFailure\":{\"Destination\":\"$queue_arn\"}}" >/dev/null
function_arn="$(awslocal lambda get-function --function-name briefs-summarize \
  --query Configuration.FunctionArn --output text)"
notifications=""
for suffix in "${SUFFIXES[@]}"; do
  notifications+="${notifications:+,}{\"LambdaFunctionArn\":\"$function_arn\",\"Events\":[\"s3:ObjectCreated:*\"],"
  notifications+="\"Filter\":{\"Key\":{\"FilterRules\":[{\"Name\":\"suffix\",\"Value\":\"$suffix\"}]}}}"
done
awslocal s3api put-bucket-notification-configuration --bucket "$BUCKET" \
  --notification-configuration "{\"LambdaFunctionConfigurations\":[$notifications]}"
echo "briefs: functions briefs-summarize and briefs-api deployed; uploads to $BUCKET are briefed"
