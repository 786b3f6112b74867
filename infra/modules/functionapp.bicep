// Flex Consumption (FC1) plan and the function app. Every connection is identity-based: the app
// settings hold service URIs and the user-assigned identity's client id, never keys or SAS tokens.
param planName string
param appName string
param location string
param tags object

@description('Tag azd uses to find the app it deploys the "api" service to.')
param azdServiceName string

@description('Resource id of the user-assigned identity.')
param identityResourceId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Blob container URL the deployment package is uploaded to.')
param deploymentContainerUrl string

param blobEndpoint string
param queueEndpoint string
param tableEndpoint string

param applicationInsightsConnectionString string

@description('NCRONTAB schedule of the BuildReports timer (app setting ReportSchedule).')
param reportSchedule string

@description('NCRONTAB schedule of the RederivePeriods timer (app setting RederiveSchedule); before the report timer.')
param rederiveSchedule string

@description('Largest bulletin upload accepted, in bytes (app setting Wuhu__MaxUploadBytes).')
param maxUploadBytes int

@description('Most task rows a bulletin may have (app setting Wuhu__MaxTasksPerBulletin).')
param maxTasksPerBulletin int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound of instances Flex Consumption scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Client id of the Entra app registration for web sign-in; empty for none.')
param authClientId string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      // Flex Consumption lists dotnet-isolated 8.0, 9.0 and 10.0; the project targets net10.0. The Bicep
      // types (Microsoft.Web 2024-11-01) declare name and version as plain strings, so the platform,
      // not bicep build, validates them at deployment.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// A literal object (not union()) so the compiled template lists every setting name; the settings
// test in tests/Wuhu.Infra.Tests reads them from there. Flex Consumption rejects
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION: the runtime is set in functionAppConfig.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // Functions host storage.
    AzureWebJobsStorage__blobServiceUri: blobEndpoint
    AzureWebJobsStorage__queueServiceUri: queueEndpoint
    AzureWebJobsStorage__tableServiceUri: tableEndpoint
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId

    // Bulletin storage: the blob trigger's connection and the app's own blob/table clients.
    BulletinStorage__blobServiceUri: blobEndpoint
    BulletinStorage__queueServiceUri: queueEndpoint
    BulletinStorage__tableServiceUri: tableEndpoint
    BulletinStorage__credential: 'managedidentity'
    BulletinStorage__clientId: identityClientId

    ReportSchedule: reportSchedule
    RederiveSchedule: rederiveSchedule
    // The Wuhu:* options (Wuhu.Storage.WuhuOptions), each with its value or default spelled out. The names are
    // the ones infra/modules/storage.bicep creates and the blob trigger's path ("bulletins/{name}") uses.
    Wuhu__MaxUploadBytes: string(maxUploadBytes)
    Wuhu__MaxTasksPerBulletin: string(maxTasksPerBulletin)
    Wuhu__BulletinsContainer: 'bulletins'
    Wuhu__ReportsContainer: 'reports'
    Wuhu__TablePrefix: 'wuhu'

    // The web app believes the signed-in principal header only where App Service authentication runs.
    Wuhu__Web__TrustPlatformSignIn: empty(authClientId) ? 'false' : 'true'

    // Telemetry with Entra auth (local auth is disabled on the Application Insights resource).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
  }
}

// Web sign-in: App Service built-in authentication with Microsoft Entra ID (supported on Flex
// Consumption since general availability; the preview listed it as unsupported). Unauthenticated
// requests are let through on purpose: the app answers them itself (the page redirects to
// /.auth/login/aad, the web API returns 401) and the function-key API under /api/ keeps working for
// automation, which has no Entra token. No client secret: sign-in uses the ID token (implicit grant),
// which carries the user's app roles ("roles" claim), so no secret sits in the app settings.
resource auth 'Microsoft.Web/sites/config@2024-11-01' = if (!empty(authClientId)) {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          clientId: authClientId
        }
        validation: {
          allowedAudiences: [
            authClientId
            'api://${authClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
output planName string = plan.name
