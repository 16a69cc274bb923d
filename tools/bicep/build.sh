#!/usr/bin/env bash
# Compiles every .bicep file in the repository with the pinned Bicep CLI and fails on any error or warning.
# The CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (restored into the NuGet global packages folder
# through a throwaway project, since a NuGet feed is the only source a build machine is sure to reach).
set -euo pipefail
cd "$(dirname "$0")/../.."

package="Azure.Bicep.CommandLine.linux-x64"
version="0.49.2"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

packages_dir=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
bicep="${packages_dir%/}/$(tr '[:upper:]' '[:lower:]' <<<"$package")/$version/tools/bicep"
if [ ! -x "$bicep" ]; then
  # Outside the repository, so its Directory.*.props (central package management, analyzers) do not apply.
  cat >"$work/restore-bicep.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$package" Version="[$version]" />
  </ItemGroup>
</Project>
PROJECT
  if ! restore_output=$(dotnet restore "$work/restore-bicep.csproj" 2>&1); then
    printf '%s\n' "$restore_output" >&2
    echo "tools/bicep/build.sh: could not restore $package $version (output above)." >&2
    exit 1
  fi
  # The package does not always keep the executable bit.
  chmod u+x "$bicep" 2>/dev/null || true
  if [ ! -x "$bicep" ]; then
    echo "tools/bicep/build.sh: $package $version restored, but $bicep is missing." >&2
    exit 1
  fi
fi

mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.bicep' | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "tools/bicep/build.sh: no .bicep files found." >&2
  exit 1
fi

failed=0
for file in "${files[@]}"; do
  out_dir="$work/out/$(dirname "$file")"
  mkdir -p "$out_dir"
  # The CLI exits 0 when there are only warnings: read its diagnostics as well as its exit code.
  if ! diagnostics=$("$bicep" build "$file" --outdir "$out_dir" 2>&1); then
    failed=1
  fi
  if grep -Eq ' : (Warning|Error) ' <<<"$diagnostics"; then
    failed=1
  fi
  if [ -n "$diagnostics" ]; then
    printf '%s\n' "$diagnostics" >&2
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "tools/bicep/build.sh: Bicep compilation failed or warned (diagnostics above); warnings count as errors." >&2
  exit 1
fi
echo "tools/bicep/build.sh: ${#files[@]} Bicep files compiled with no warnings (Bicep CLI $version)."
