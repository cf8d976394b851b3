#!/usr/bin/env bash
# Creates the briefs resources in LocalStack, as template.yaml does in AWS: the articles bucket, the derived-data bucket
# (parsed articles), the briefs table (briefs-table.json), the upload queue with its dead-letter queue, and the bucket's notifications of every created
# and removed object to the queue; and, when the function jars are mounted under /opt/briefs (compose.yaml does it),
# both functions and the summarize function's event source mapping on the queue (partial batch responses, capped
# concurrency). LocalStack runs it when it is ready (init/ready.d); running it again changes nothing but the
# functions' code.
set -euo pipefail

BUCKET="${BRIEFS_BUCKET:-briefs-articles}"
DERIVED_BUCKET="${BRIEFS_DERIVED_BUCKET:-briefs-derived}"
TABLE="${BRIEFS_TABLE:-briefs}"
QUEUE="${BRIEFS_QUEUE:-briefs-uploads}"
DEAD_LETTER_QUEUE="${BRIEFS_DEAD_LETTER_QUEUE:-briefs-summarize-dead-letter}"
MAX_RECEIVES=5
JARS="${BRIEFS_JARS:-/opt/briefs}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

for bucket in "$BUCKET" "$DERIVED_BUCKET"; do
  awslocal s3api head-bucket --bucket "$bucket" 2>/dev/null \
    || awslocal s3api create-bucket --bucket "$bucket" >/dev/null
done
awslocal dynamodb describe-table --table-name "$TABLE" >/dev/null 2>&1 \
  || awslocal dynamodb create-table --table-name "$TABLE" --cli-input-json "file://$HERE/briefs-table.json" >/dev/null
queue_arn() {
  awslocal sqs get-queue-attributes --queue-url "$1" --attribute-names QueueArn --query Attributes.QueueArn \
    --output text
}
dead_letter_url="$(awslocal sqs create-queue --queue-name "$DEAD_LETTER_QUEUE" --query QueueUrl --output text)"
dead_letter_arn="$(queue_arn "$dead_letter_url")"
redrive="{\\\"deadLetterTargetArn\\\":\\\"$dead_letter_arn\\\",\\\"maxReceiveCount\\\":\\\"$MAX_RECEIVES\\\"}"
queue_url="$(awslocal sqs create-queue --queue-name "$QUEUE" \
  --attributes "{\"VisibilityTimeout\":\"1800\",\"RedrivePolicy\":\"$redrive\"}" --query QueueUrl --output text)"
upload_queue_arn="$(queue_arn "$queue_url")"
# One notification per kind of change, for every key, as in template.yaml: the function decides what it reads.
awslocal s3api put-bucket-notification-configuration --bucket "$BUCKET" --notification-configuration \
  "{\"QueueConfigurations\":[{\"QueueArn\":\"$upload_queue_arn\",\"Events\":[\"s3:ObjectCreated:*\"]},
    {\"QueueArn\":\"$upload_queue_arn\",\"Events\":[\"s3:ObjectRemoved:*\"]}]}"
echo "briefs: buckets $BUCKET and $DERIVED_BUCKET, $BUCKET notifying queue $QUEUE (dead letters: $DEAD_LETTER_QUEUE), table $TABLE"

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
  "BRIEFS_TABLE=$TABLE,BRIEFS_DERIVED_BUCKET=$DERIVED_BUCKET,BRIEFS_LEASE_SECONDS=300,BRIEFS_QUEUE_URL=$queue_url,BRIEFS_MAX_RECEIVES=$MAX_RECEIVES"
deploy briefs-api dev.briefs.functions.api.BriefsApiHandler::handleRequest "$api_jar" 10 \
  "BRIEFS_TABLE=$TABLE,BRIEFS_DERIVED_BUCKET=$DERIVED_BUCKET,BRIEFS_CURSOR_KEY=localstack-cursor-key-not-a-secret"

if [ -z "$(awslocal lambda list-event-source-mappings --function-name briefs-summarize \
    --event-source-arn "$upload_queue_arn" --query 'EventSourceMappings[0].UUID' --output text | grep -v None)" ]; then
  awslocal lambda create-event-source-mapping --function-name briefs-summarize --event-source-arn "$upload_queue_arn" \
    --batch-size 10 --function-response-types ReportBatchItemFailures \
    --scaling-config MaximumConcurrency=4 >/dev/null
fi
echo "briefs: functions briefs-summarize and briefs-api deployed; uploads to $BUCKET are briefed from $QUEUE"
