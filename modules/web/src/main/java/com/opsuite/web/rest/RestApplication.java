package com.opsuite.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API root. Resources live beside their feature, in core and in each vertical's jar. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Opsuite API",
            version = "v1",
            description = "Operations suite for multi-tenant operations departments."))
public class RestApplication extends Application {}
