// Key Vault (RBAC mode) with the host's secrets; the managed identity may read them (Key Vault Secrets User).

@description('Location of the resources.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the key vault.')
param keyVaultName string

@description('Principal id of the managed identity that reads the secrets.')
param principalId string

@secure()
@description('QuestionPro API key (QuestionPro:ApiKey).')
param questionProApiKey string

@secure()
@description('SatisMeter write key (SatisMeter:WriteKey).')
param satisMeterWriteKey string

@secure()
@description('Master key callers present to the host (Host:Keys:Master).')
param hostMasterKey string

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

// Secret names use "--" where the configuration key has ":" (the Key Vault configuration provider's convention).
resource questionProSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'QuestionPro--ApiKey'
  properties: {
    value: questionProApiKey
  }
}

resource satisMeterSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'SatisMeter--WriteKey'
  properties: {
    value: satisMeterWriteKey
  }
}

resource hostMasterKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'Host--Keys--Master'
  properties: {
    value: hostMasterKey
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, principalId, keyVaultSecretsUser)
  scope: keyVault
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

@description('Versionless URI of the QuestionPro API key secret (the app follows rotations).')
output questionProApiKeyUri string = questionProSecret.properties.secretUri

@description('Versionless URI of the SatisMeter write key secret.')
output satisMeterWriteKeyUri string = satisMeterSecret.properties.secretUri

@description('Versionless URI of the host master key secret.')
output hostMasterKeyUri string = hostMasterKeySecret.properties.secretUri

@description('Name of the key vault.')
output keyVaultName string = keyVault.name
