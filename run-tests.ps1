# Thin wrapper over the README commands for Windows users.
#   ./run-tests.ps1                       -> dotnet test
#   ./run-tests.ps1 -Filter "Tag=@fhir"   -> dotnet test --filter "Tag=@fhir"
#   ./run-tests.ps1 -Harness              -> dotnet run --project src/ConformanceHarness.Cli -- run
#   ./run-tests.ps1 -Harness -Tags "@fhir and not @slow"
param(
    [switch] $Harness,
    [string] $Tags,
    [string] $Filter
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

if ($Harness) {
    $arguments = @('run', '--project', 'src/ConformanceHarness.Cli', '--', 'run')
    if ($Tags) { $arguments += @('--tags', $Tags) }
}
else {
    $arguments = @('test')
    if ($Filter) { $arguments += @('--filter', $Filter) }
}

& dotnet @arguments
exit $LASTEXITCODE
