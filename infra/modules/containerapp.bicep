// The Container Apps environment and the host's container app: managed identity for storage, registry and Key Vault,
// secrets from Key Vault, ingress on 8080, and a KEDA azure-queue rule that adds replicas as the inbound queue grows.

@description('Location of the resources.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the Container Apps environment.')
param environmentName string

@description('Name of the container app.')
param containerAppName string

@description('Name of the azd service this app hosts (the azd-service-name tag).')
param serviceName string

@description('Image to run; empty on the first provision, before azd has pushed one.')
param imageName string

@description('Name of the Log Analytics workspace that receives the container logs.')
param logAnalyticsName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Name of the user-assigned managed identity the app runs as.')
param identityName string

@description('Login server of the registry the image comes from.')
param registryServer string

@description('Name of the storage account that holds the task hub.')
param storageAccountName string

@description('Name of the application queue that drives scaling.')
param inboundQueueName string

@description('Versionless Key Vault URI of the QuestionPro API key.')
param questionProApiKeyUri string

@description('Versionless Key Vault URI of the SatisMeter write key.')
param satisMeterWriteKeyUri string

@description('Versionless Key Vault URI of the host master key.')
param hostMasterKeyUri string

@minValue(1)
@description('Fewest replicas: at least one, so cron schedules and durable timers always have a worker.')
param minReplicas int

@minValue(1)
@description('Most replicas; they share one task hub and split its control-queue partitions by lease.')
param maxReplicas int

@minValue(1)
@description('Inbound queue messages per replica before KEDA adds one.')
param queueLengthPerReplica int

// The image the app starts with before azd's first deploy replaces it: an ASP.NET Core sample that listens on 8080 too.
var placeholderImage = 'mcr.microsoft.com/dotnet/samples:aspnetapp'
var port = 8080

// The host's own probes; the placeholder has no /alive or /health, so it keeps the platform's default probes.
var hostProbes = [
  {
    type: 'Liveness'
    httpGet: {
      path: '/alive'
      port: port
    }
  }
  {
    type: 'Readiness'
    httpGet: {
      path: '/health'
      port: port
    }
  }
]

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logAnalyticsName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource environment 'Microsoft.App/managedEnvironments@2024-10-02-preview' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logAnalytics.properties.customerId
        sharedKey: logAnalytics.listKeys().primarySharedKey
      }
    }
    // The environment's managed OpenTelemetry agent (a preview API version: the GA ones lack it) sets
    // OTEL_EXPORTER_OTLP_ENDPOINT in the app, which turns on the host's OTLP exporter, and forwards its traces and logs
    // to Application Insights.
    appInsightsConfiguration: {
      connectionString: applicationInsights.properties.ConnectionString
    }
    openTelemetryConfiguration: {
      tracesConfiguration: {
        destinations: ['appInsights']
      }
      logsConfiguration: {
        destinations: ['appInsights']
      }
    }
  }
}

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: containerAppName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        {
          server: registryServer
          identity: identity.id
        }
      ]
      // Read from Key Vault with the managed identity: the app's definition holds only the secrets' URIs.
      secrets: [
        {
          name: 'questionpro-apikey'
          keyVaultUrl: questionProApiKeyUri
          identity: identity.id
        }
        {
          name: 'satismeter-writekey'
          keyVaultUrl: satisMeterWriteKeyUri
          identity: identity.id
        }
        {
          name: 'host-keys-master'
          keyVaultUrl: hostMasterKeyUri
          identity: identity.id
        }
      ]
    }
    template: {
      containers: [
        {
          name: serviceName
          image: empty(imageName) ? placeholderImage : imageName
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: [
            { name: 'ASPNETCORE_HTTP_PORTS', value: string(port) }
            { name: 'Storage__Provider', value: 'AzureStorage' }
            { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
            { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
            { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
            // DefaultAzureCredential picks the user-assigned identity by this variable.
            { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
            { name: 'QuestionPro__ApiKey', secretRef: 'questionpro-apikey' }
            { name: 'SatisMeter__WriteKey', secretRef: 'satismeter-writekey' }
            { name: 'Host__Keys__Master', secretRef: 'host-keys-master' }
          ]
          probes: empty(imageName) ? [] : hostProbes
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'inbound-queue'
            // The KEDA azure-queue scaler; it reads the queue length with the app's identity, as no connection string exists.
            azureQueue: {
              accountName: storageAccountName
              queueName: inboundQueueName
              queueLength: queueLengthPerReplica
              identity: identity.id
            }
          }
        ]
      }
    }
  }
}

@description('Name of the container app.')
output name string = app.name

@description('Public HTTPS address of the host.')
output uri string = 'https://${app.properties.configuration.ingress.fqdn}'
