package io.kamdesk.adapter.in.rest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The anchor for MVC slice tests of the REST adapter; each test imports what it exercises. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RestTestApplication {
}
