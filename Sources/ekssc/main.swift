// Placeholder until the CLI lands.
print("ekssc")
