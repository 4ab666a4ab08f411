# BranchGrid silo image: one silo (HTTP API, live screens, SignalR, Orleans dashboard) per container.
# Used by docker-compose.yml; `docker build -t branchgrid-silo .` builds it alone.

# 1. The live screens (dashboard-web, TypeScript + Vite) need Node.js 20+, which the .NET SDK image lacks.
FROM node:20-bookworm-slim AS web
WORKDIR /src/dashboard-web
COPY dashboard-web/package.json dashboard-web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY dashboard-web/ ./
# vite.config.ts writes the pages into ../silo/Actors.Silo/wwwroot.
RUN npm run build

# 2. The silo, published with the pages built above (so the .NET build skips its own npm step).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY silo/ silo/
COPY dashboard-web/dashboard-web.targets dashboard-web/
COPY --from=web /src/silo/Actors.Silo/wwwroot/ silo/Actors.Silo/wwwroot/
RUN dotnet publish silo/Actors.Silo/Actors.Silo.csproj -c Release -o /app -p:SkipWebBuild=true

# 3. The runtime: ASP.NET Core only, as the image's unprivileged "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The embedded store's directory, for a single container run without PostgreSQL (Grid__Store=Embedded).
RUN mkdir -p /var/lib/branchgrid && chown "$APP_UID" /var/lib/branchgrid
ENV Urls=http://0.0.0.0:8080 \
    Grid__DataDirectory=/var/lib/branchgrid
# HTTP, Orleans silo-to-silo, Orleans client gateway.
EXPOSE 8080 11111 30000
USER $APP_UID
# `docker compose run --rm silo1 migrate` applies the schema and exits.
ENTRYPOINT ["dotnet", "Actors.Silo.dll"]
