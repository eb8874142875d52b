import { SiProjectList } from '../components/project-list/project-list.js';
import { defineElement } from '../core/define.js';

defineElement('si-project-list', SiProjectList);
