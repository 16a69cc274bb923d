// Azure deployment of CampaignOrchestrator (`azd up`): one resource group with the task hub's storage account, the
// host's managed identity, Key Vault, monitoring, a container registry and the host on Azure Container Apps.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region of every resource.')
param location string

@description('Image of the host; azd fills it after its first deploy, empty before.')
param hostImageName string = ''

@secure()
@description('QuestionPro API key (QuestionPro:ApiKey), stored in Key Vault.')
param questionProApiKey string

@secure()
@description('SatisMeter write key (SatisMeter:WriteKey), stored in Key Vault.')
param satisMeterWriteKey string

@secure()
@description('Master key callers present in x-functions-key (Host:Keys:Master), stored in Key Vault.')
param hostMasterKey string

@minValue(1)
@description('Fewest host replicas (at least one: cron schedules and durable timers need a running worker).')
param minReplicas int = 1

@minValue(1)
@description('Most host replicas; they share one task hub, so more than the control-queue partitions (default 4) only adds activity workers.')
param maxReplicas int = 10

@minValue(1)
@description('Inbound queue messages per replica before another replica starts.')
param queueLengthPerReplica int = 100

// The host's Inbound:QueueName default.
var inboundQueueName = 'inbound-responses'
var serviceName = 'host'
var tags = { 'azd-env-name': environmentName }
var token = toLower(uniqueString(subscription().id, environmentName, location))

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: {
    location: location
    tags: tags
    identityName: 'id-${token}'
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    location: location
    tags: tags
    logAnalyticsName: 'log-${token}'
    applicationInsightsName: 'appi-${token}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    location: location
    tags: tags
    storageAccountName: 'st${token}'
    principalId: identity.outputs.principalId
    inboundQueueName: inboundQueueName
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: group
  params: {
    location: location
    tags: tags
    keyVaultName: 'kv-${token}'
    principalId: identity.outputs.principalId
    questionProApiKey: questionProApiKey
    satisMeterWriteKey: satisMeterWriteKey
    hostMasterKey: hostMasterKey
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  scope: group
  params: {
    location: location
    tags: tags
    registryName: 'cr${token}'
    principalId: identity.outputs.principalId
  }
}

// The app pulls its image and reads its secrets at creation, so the role assignments must exist first: taking the
// registry, storage and Key Vault modules' outputs makes it wait for those modules, role assignments included.
module host 'modules/containerapp.bicep' = {
  name: 'host'
  scope: group
  params: {
    location: location
    tags: tags
    environmentName: 'cae-${token}'
    containerAppName: 'ca-host-${token}'
    serviceName: serviceName
    imageName: hostImageName
    logAnalyticsName: monitoring.outputs.logAnalyticsName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityName: identity.outputs.name
    registryServer: registry.outputs.loginServer
    storageAccountName: storage.outputs.storageAccountName
    inboundQueueName: inboundQueueName
    questionProApiKeyUri: keyVault.outputs.questionProApiKeyUri
    satisMeterWriteKeyUri: keyVault.outputs.satisMeterWriteKeyUri
    hostMasterKeyUri: keyVault.outputs.hostMasterKeyUri
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    queueLengthPerReplica: queueLengthPerReplica
  }
}

@description('Resource group of the deployment.')
output AZURE_RESOURCE_GROUP string = group.name

@description('Tenant of the deployment.')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Registry azd pushes the host image to.')
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer

@description('Storage account of the task hub.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.storageAccountName

@description('Key vault holding the host secrets.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.keyVaultName

@description('Client id of the host managed identity.')
output AZURE_CLIENT_ID string = identity.outputs.clientId

@description('Public HTTPS address of the host.')
output SERVICE_HOST_URI string = host.outputs.uri

@description('Name of the host container app.')
output SERVICE_HOST_NAME string = host.outputs.name
