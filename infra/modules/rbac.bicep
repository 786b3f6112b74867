// Least-privilege data-plane roles. Nothing here grants management rights or key access.
param storageAccountName string
param applicationInsightsName string

@description('Principal (object) id of the function app\'s user-assigned identity.')
param appPrincipalId string

@description('Object ids of users or groups who upload bulletins (write to the bulletins container only).')
param uploaderPrincipalIds array = []

@description('Object ids of users or groups who download reports (read the reports container only).')
param reportReaderPrincipalIds array = []

// Built-in role definition ids (identical in every Azure tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// What the app identity needs on the account:
// - Blob Data Owner: host storage (locks, keys, blob receipts), the deployment package, uploads and reports;
// - Queue Data Contributor: the blob extension's internal queues and its poison queue;
// - Table Data Contributor: ingestion records, tasks, period pointers, report manifest.
// Storage Account Contributor, which the docs list for the polling blob trigger, is deliberately not
// granted: the Event Grid source does not scan the account, and that role would allow listing keys.
var appStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource bulletins 'containers' existing = {
      name: 'bulletins'
    }

    resource reports 'containers' existing = {
      name: 'reports'
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorageAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in appStorageRoles: {
    name: guid(account.id, appPrincipalId, roleId)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetryAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, appPrincipalId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// principalType is left out: these may be users, groups or service principals.
resource uploaderAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in uploaderPrincipalIds: {
    name: guid(account::blobService::bulletins.id, principalId, roles.storageBlobDataContributor)
    scope: account::blobService::bulletins
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
      principalId: principalId
    }
  }
]

resource reportReaderAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in reportReaderPrincipalIds: {
    name: guid(account::blobService::reports.id, principalId, roles.storageBlobDataReader)
    scope: account::blobService::reports
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
      principalId: principalId
    }
  }
]
