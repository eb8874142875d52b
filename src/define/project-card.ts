import { SiProjectCard } from '../components/project-card/project-card.js';
import { defineElement } from '../core/define.js';

defineElement('si-project-card', SiProjectCard);
