#!/bin/sh
# azd postdeploy hook: subscribes the IngestBulletin blob trigger to BlobCreated events in the
# bulletins container. Why a hook and not Bicep: the webhook URL must carry the blobs_extension
# system key, which the Functions host creates only once the deployed code has a blob trigger with
# the Event Grid source. Safe to re-run: "create" replaces an existing subscription of that name.
set -eu

fail() {
  echo "postdeploy: $*" >&2
  exit 1
}

for name in AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_APP_HOSTNAME \
  EVENT_GRID_SYSTEM_TOPIC_NAME BULLETINS_CONTAINER_NAME INGEST_FUNCTION_NAME; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || fail "$name is not set; run 'azd provision' (or 'azd up') first so azd knows the Bicep outputs."
done
command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is required; install it and run 'az login'."

# azd passes the subscription it deployed to; use it even if az's default subscription differs.
subscription_args=""
if [ -n "${AZURE_SUBSCRIPTION_ID:-}" ]; then
  subscription_args="--subscription $AZURE_SUBSCRIPTION_ID"
fi

attempts=${WUHU_KEY_WAIT_ATTEMPTS:-30}
delay=${WUHU_KEY_WAIT_SECONDS:-10}
key=""
i=1
while [ "$i" -le "$attempts" ]; do
  # shellcheck disable=SC2086 # subscription_args is empty or two words on purpose
  key=$(az functionapp keys list $subscription_args --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "$AZURE_FUNCTION_APP_NAME" --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  [ "$i" -lt "$attempts" ] || break
  echo "postdeploy: waiting for the host to create the blobs_extension key ($i/$attempts)..."
  sleep "$delay"
  i=$((i + 1))
done
[ -n "$key" ] || fail "no blobs_extension system key on $AZURE_FUNCTION_APP_NAME. Check that the deployment succeeded and the host started (Application Insights, or Log stream in the portal), then re-run 'azd hooks run postdeploy'."

# The key is part of the URL: never print it.
endpoint="https://$AZURE_FUNCTION_APP_HOSTNAME/runtime/webhooks/blobs?functionName=Host.Functions.$INGEST_FUNCTION_NAME&code=$key"
subscription_name=${EVENT_GRID_SUBSCRIPTION_NAME:-bulletins-blob-created}

echo "postdeploy: subscribing $INGEST_FUNCTION_NAME to BlobCreated in container '$BULLETINS_CONTAINER_NAME'..."
# shellcheck disable=SC2086
az eventgrid system-topic event-subscription create $subscription_args \
  --name "$subscription_name" \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$EVENT_GRID_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/$BULLETINS_CONTAINER_NAME/" \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --output none

echo "postdeploy: event subscription '$subscription_name' is ready; uploads to '$BULLETINS_CONTAINER_NAME' now trigger $INGEST_FUNCTION_NAME."
