// One storage account serves the Functions host (AzureWebJobsStorage), the app's own data
// (BulletinStorage: uploads, reports, tables) and the Flex Consumption deployment package.
// Shared-key access is disabled: every caller, the app included, authenticates with Entra ID.
param name string
param location string
param tags object

@description('Blob container Flex Consumption deploys the app package to.')
param deploymentContainerName string

@description('Days a deleted blob can be restored (soft delete), e.g. after an upload was removed by mistake.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int = 7

// Must match src/Wuhu.Storage/StorageNames.cs (tests/Wuhu.Infra.Tests compares them).
var dataContainerNames = [
  'bulletins'
  'reports'
]
var tableNames = [
  'wuhuingestions'
  'wuhutasks'
  'wuhuperiods'
  'wuhureports'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    // Portal and Storage Explorer then use the signed-in user's Entra identity, not keys.
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    accessTier: 'Hot'
    dnsEndpointType: 'Standard'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
  }
}

resource dataContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in dataContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

output name string = account.name
output resourceId string = account.id
output location string = account.location
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
output bulletinsContainerName string = dataContainers[0].name
output reportsContainerName string = dataContainers[1].name
