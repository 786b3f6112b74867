// Application Insights on a Log Analytics workspace. Local (instrumentation key) auth is off, so
// telemetry is accepted only from Entra identities holding Monitoring Metrics Publisher.
param logAnalyticsName string
param applicationInsightsName string
param location string
param tags object

@description('Days Log Analytics keeps data; 30 is included in the ingestion price.')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

output applicationInsightsName string = appInsights.name
// The connection string only names the ingestion endpoint; with local auth disabled it grants nothing.
output applicationInsightsConnectionString string = appInsights.properties.ConnectionString
output logAnalyticsName string = workspace.name
