// Wuhu bulletins: everything `azd up` provisions. Layout follows the azd Flex Consumption
// quickstarts (subscription scope, one resource group per azd environment), with plain resource
// declarations in local modules so the template compiles offline.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Region of every resource. It must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group name; empty means rg-<environmentName>.')
param resourceGroupName string = ''

@description('Object id of the person running azd (set by azd). Gets upload and report-download rights; empty for none.')
param principalId string = ''

@description('Object ids of users or groups who upload bulletins.')
param uploaderPrincipalIds array = []

@description('Object ids of users or groups who download reports straight from storage.')
param reportReaderPrincipalIds array = []

@description('Application (client) id of the Microsoft Entra app registration people sign in to the web app with (App Service authentication; app roles uploader and reader). Empty: no sign-in is configured and the web app answers 401. See docs/deployment.md, "Sign-in and roles".')
param authClientId string = ''

@description('NCRONTAB schedule of the nightly report build (app setting ReportSchedule). Default: 02:00 UTC daily.')
param reportSchedule string = '0 0 2 * * *'

@description('NCRONTAB schedule of the nightly re-derivation of periods stored by an older parser version (app setting RederiveSchedule). Default: 01:30 UTC daily, before the reports.')
param rederiveSchedule string = '0 30 1 * * *'

@description('Largest bulletin upload accepted, in bytes (app setting Wuhu__MaxUploadBytes). Default 20 MiB.')
@minValue(1)
param maxUploadBytes int = 20971520

@description('Most task rows a bulletin may have (app setting Wuhu__MaxTasksPerBulletin); more are rejected as tooManyTasks. Real bulletins have 100-250. Default 2000.')
@minValue(1)
@maxValue(1000000)
param maxTasksPerBulletin int = 2000

@description('Memory of each Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound of instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var tags = {
  'azd-env-name': environmentName
  application: 'wuhu-bulletins'
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var functionAppName = 'func-wuhu-${resourceToken}'
// Name of the function Event Grid delivers BlobCreated events to (the postdeploy hook needs it).
var ingestFunctionName = 'IngestBulletin'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var deployerPrincipalIds = empty(principalId) ? [] : [principalId]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-wuhu-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'stwuhu${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-wuhu-${resourceToken}'
    applicationInsightsName: 'appi-wuhu-${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.outputs.principalId
    uploaderPrincipalIds: union(uploaderPrincipalIds, deployerPrincipalIds)
    reportReaderPrincipalIds: union(reportReaderPrincipalIds, deployerPrincipalIds)
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  // The host starts as soon as the app exists; give it its storage roles first.
  dependsOn: [
    rbac
  ]
  params: {
    planName: 'plan-wuhu-${resourceToken}'
    appName: functionAppName
    location: location
    tags: tags
    azdServiceName: 'api'
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    reportSchedule: reportSchedule
    rederiveSchedule: rederiveSchedule
    maxUploadBytes: maxUploadBytes
    maxTasksPerBulletin: maxTasksPerBulletin
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    authClientId: authClientId
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: 'evgt-wuhu-${resourceToken}'
    // A system topic lives in the region of its source.
    location: storage.outputs.location
    tags: tags
    storageAccountId: storage.outputs.resourceId
  }
}

// azd stores these in .azure/<env>/.env; the postdeploy hook and docs/deployment.md use them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functionApp.outputs.defaultHostName
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.defaultHostName}'
output INGEST_FUNCTION_NAME string = ingestFunctionName
output WEB_APP_URL string = 'https://${functionApp.outputs.defaultHostName}/app/'
output WEB_SIGN_IN_CONFIGURED bool = !empty(authClientId)
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output BULLETINS_CONTAINER_NAME string = storage.outputs.bulletinsContainerName
output REPORTS_CONTAINER_NAME string = storage.outputs.reportsContainerName
output EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_USER_ASSIGNED_IDENTITY_NAME string = identity.outputs.name
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
output LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.logAnalyticsName
output REPORT_SCHEDULE string = reportSchedule
