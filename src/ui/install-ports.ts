// Installs the Apps Script ports for the use cases at load; imported by every *.handlers.ts (gasPorts() calls no service).
import { installPorts } from '../app/shared/index';
import { gasPorts } from '../gas/ports.gas';

installPorts(gasPorts());
