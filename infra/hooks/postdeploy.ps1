# azd postdeploy hook (Windows / PowerShell): subscribes the IngestBulletin blob trigger to
# BlobCreated events in the bulletins container. Same steps as postdeploy.sh; see that file for why
# this is a hook and not Bicep. Safe to re-run: "create" replaces an existing subscription of that name.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string] $message) {
    # Not Write-Error: with ErrorActionPreference Stop it would throw before the exit code is set.
    [Console]::Error.WriteLine("postdeploy: $message")
    exit 1
}

$required = 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_FUNCTION_APP_HOSTNAME',
    'EVENT_GRID_SYSTEM_TOPIC_NAME', 'BULLETINS_CONTAINER_NAME', 'INGEST_FUNCTION_NAME'
foreach ($name in $required) {
    if ([string]::IsNullOrEmpty([Environment]::GetEnvironmentVariable($name))) {
        Fail "$name is not set; run 'azd provision' (or 'azd up') first so azd knows the Bicep outputs."
    }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Fail "the Azure CLI (az) is required; install it and run 'az login'."
}

# azd passes the subscription it deployed to; use it even if az's default subscription differs.
$subscriptionArgs = @()
if (-not [string]::IsNullOrEmpty($env:AZURE_SUBSCRIPTION_ID)) {
    $subscriptionArgs = @('--subscription', $env:AZURE_SUBSCRIPTION_ID)
}

$attempts = if ($env:WUHU_KEY_WAIT_ATTEMPTS) { [int] $env:WUHU_KEY_WAIT_ATTEMPTS } else { 30 }
$delay = if ($env:WUHU_KEY_WAIT_SECONDS) { [int] $env:WUHU_KEY_WAIT_SECONDS } else { 10 }
$key = ''
for ($i = 1; $i -le $attempts; $i++) {
    $key = az functionapp keys list @subscriptionArgs --resource-group $env:AZURE_RESOURCE_GROUP `
        --name $env:AZURE_FUNCTION_APP_NAME --query 'systemKeys.blobs_extension' --output tsv 2>$null
    if ($LASTEXITCODE -eq 0 -and -not [string]::IsNullOrWhiteSpace($key)) { break }
    $key = ''
    if ($i -lt $attempts) {
        Write-Host "postdeploy: waiting for the host to create the blobs_extension key ($i/$attempts)..."
        Start-Sleep -Seconds $delay
    }
}
if ([string]::IsNullOrWhiteSpace($key)) {
    Fail "no blobs_extension system key on $($env:AZURE_FUNCTION_APP_NAME). Check that the deployment succeeded and the host started (Application Insights, or Log stream in the portal), then re-run 'azd hooks run postdeploy'."
}
$key = $key.Trim()

# The key is part of the URL: never print it.
$endpoint = "https://$($env:AZURE_FUNCTION_APP_HOSTNAME)/runtime/webhooks/blobs?functionName=Host.Functions.$($env:INGEST_FUNCTION_NAME)&code=$key"
# On Windows az is a .cmd script and cmd.exe would split the URL at '&': pass it inside quotes there.
$onWindows = [System.Runtime.InteropServices.RuntimeInformation]::IsOSPlatform([System.Runtime.InteropServices.OSPlatform]::Windows)
$endpointArg = if ($onWindows) { '"' + $endpoint + '"' } else { $endpoint }
$subscriptionName = if ($env:EVENT_GRID_SUBSCRIPTION_NAME) { $env:EVENT_GRID_SUBSCRIPTION_NAME } else { 'bulletins-blob-created' }

Write-Host "postdeploy: subscribing $($env:INGEST_FUNCTION_NAME) to BlobCreated in container '$($env:BULLETINS_CONTAINER_NAME)'..."
az eventgrid system-topic event-subscription create @subscriptionArgs `
    --name $subscriptionName `
    --resource-group $env:AZURE_RESOURCE_GROUP `
    --system-topic-name $env:EVENT_GRID_SYSTEM_TOPIC_NAME `
    --endpoint-type webhook `
    --endpoint $endpointArg `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with "/blobServices/default/containers/$($env:BULLETINS_CONTAINER_NAME)/" `
    --max-delivery-attempts 30 `
    --event-ttl 1440 `
    --output none
if ($LASTEXITCODE -ne 0) { Fail "creating the event subscription failed (see the az output above)." }

Write-Host "postdeploy: event subscription '$subscriptionName' is ready; uploads to '$($env:BULLETINS_CONTAINER_NAME)' now trigger $($env:INGEST_FUNCTION_NAME)."
