# The image of the MirrorAce GitHub Action. GitHub builds it from this file on every run that
# uses the action by repository; the prebuilt image (docker://ghcr.io/<org>/mirrorace-action:v1)
# spares that. Tests and air-gapped builders substitute local base images through the two ARGs.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /source
# The project files alone first: the restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/MirrorAce.Core/MirrorAce.Core.csproj src/MirrorAce.Core/
COPY src/MirrorAce.GitHub/MirrorAce.GitHub.csproj src/MirrorAce.GitHub/
COPY src/MirrorAce.Action/MirrorAce.Action.csproj src/MirrorAce.Action/
RUN dotnet restore src/MirrorAce.Action/MirrorAce.Action.csproj
COPY src/MirrorAce.Core/ src/MirrorAce.Core/
COPY src/MirrorAce.GitHub/ src/MirrorAce.GitHub/
COPY src/MirrorAce.Action/ src/MirrorAce.Action/
RUN dotnet publish src/MirrorAce.Action/MirrorAce.Action.csproj --no-restore -c Release -o /app -p:UseAppHost=false

# No WORKDIR and no USER: GitHub mounts the workspace and makes it the working directory, and
# needs the container to run as root to write the files it shares with the job.
FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.description="MirrorAce GitHub Action: upload artifacts to MirrorAce, output their links and list them in the release's notes."
COPY --from=build /app /app
ENTRYPOINT ["dotnet", "/app/MirrorAce.Action.dll"]
