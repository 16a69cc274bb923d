// The user-assigned managed identity the host runs as: storage data, Key Vault secrets and image pulls are granted to it.

@description('Location of the resources.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the managed identity.')
param identityName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

@description('Name of the managed identity.')
output name string = identity.name

@description('Principal (object) id, for role assignments.')
output principalId string = identity.properties.principalId

@description('Client id, for DefaultAzureCredential (AZURE_CLIENT_ID).')
output clientId string = identity.properties.clientId
