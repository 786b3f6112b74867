// Event Grid system topic for the storage account. The BlobCreated subscription that feeds the
// blob trigger is NOT declared here: its webhook URL carries the blobs_extension system key, which
// exists only after the code is deployed, so infra/hooks/postdeploy.* creates it (see docs/deployment.md).
// Incremental deployments leave that subscription in place when this topic is re-deployed.
param name string
param location string
param tags object
param storageAccountId string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
